echo if then fi do done
