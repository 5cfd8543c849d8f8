[[ abc == a* ]] && echo glob; [[ abc == "a*" ]] || echo literal
