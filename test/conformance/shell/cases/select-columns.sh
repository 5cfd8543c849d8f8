select x in $(seq 1 12); do echo "x=$x"; break; done <<< 11
select x in alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau; do break; done <<< 3; echo "$x"
COLUMNS=30; select x in $(seq 1 25); do break; done <<< ''
select x in a-rather-long-item-name-here another-quite-long-item-name third; do break; done <<< 1
