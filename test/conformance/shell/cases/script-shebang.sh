printf '#!/bin/bash\necho shebang $#\n' > sb.sh; chmod +x sb.sh; ./sb.sh a b
