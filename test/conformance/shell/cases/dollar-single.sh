echo $ "$" a$
