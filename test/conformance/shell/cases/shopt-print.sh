shopt extglob nullglob
