shopt -s nullglob; echo none*; echo end
