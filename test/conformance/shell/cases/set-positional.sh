set -- x y z; echo $# $2; set --; echo $#
