set -u; echo ${ok:-fine}; echo $missing; echo after
