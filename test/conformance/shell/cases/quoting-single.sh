echo 'single $HOME "x"'
