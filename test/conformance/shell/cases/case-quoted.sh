x='*'; case abc in "$x") echo literal;; $x) echo glob;; esac
