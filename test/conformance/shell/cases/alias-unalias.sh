alias a1='echo x'; unalias a1; alias a1
