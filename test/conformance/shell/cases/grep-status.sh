echo abc | grep -q b && echo found; echo abc | grep -q z || echo absent
