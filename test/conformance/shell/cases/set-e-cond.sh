set -e; if false; then echo no; fi; false || echo handled; echo survived
