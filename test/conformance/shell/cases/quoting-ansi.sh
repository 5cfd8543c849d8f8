echo $'tab\there' $'nl\\n' $'\x41\101\u00e9'
