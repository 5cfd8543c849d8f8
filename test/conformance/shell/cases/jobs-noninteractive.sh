sleep 0.1 & jobs | wc -l; wait
