kill -l 15; kill -l TERM
