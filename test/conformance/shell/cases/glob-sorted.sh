touch B a C b; echo *
