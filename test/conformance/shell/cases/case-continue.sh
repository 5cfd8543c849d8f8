case a in a) echo one;;& a*) echo two;; *) echo three;; esac
