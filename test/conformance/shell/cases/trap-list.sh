trap 'echo x' USR1; trap -p USR1; trap - USR1; trap -p
