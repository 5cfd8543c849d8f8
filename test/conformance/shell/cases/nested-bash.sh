bash -c 'bash -c "echo nested"'
