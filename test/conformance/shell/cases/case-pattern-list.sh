case b in a|b|c) echo matched;; esac
