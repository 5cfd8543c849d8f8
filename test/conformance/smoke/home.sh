# The home directory is the working directory and holds the case's files;
# its path is recorded as <HOME>.
pwd
echo "$HOME"
ls
cd .. && basename "$OLDPWD"
