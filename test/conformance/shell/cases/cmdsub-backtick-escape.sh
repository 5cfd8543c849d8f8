echo `echo \`echo nested\``
