[[ -z $undefined ]] && echo unset-ok
