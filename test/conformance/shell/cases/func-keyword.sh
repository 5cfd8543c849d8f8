function greet { echo hi $1; }; greet there
