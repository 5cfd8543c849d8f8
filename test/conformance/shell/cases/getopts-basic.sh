set -- -a -b val -c; while getopts ab:c o; do echo "$o ${OPTARG-}"; done; echo $OPTIND
