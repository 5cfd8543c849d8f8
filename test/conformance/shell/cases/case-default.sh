case xyz in abc) echo no;; *) echo default;; esac
