echo 'echo sourced $1; sv=1' > s.sh; . ./s.sh arg; echo $sv; source s.sh
