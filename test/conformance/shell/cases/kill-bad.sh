kill -XYZ 1; kill %9; kill 999999
