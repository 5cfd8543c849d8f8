set -- '' a ""; echo $#
