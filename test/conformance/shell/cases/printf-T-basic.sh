printf '%(%Y-%m-%d %H:%M:%S)T|\n' 0 1700000000
printf '[%-22(%F %T)T] [%5.2(%H)T] [%()T]\n' 86400 3600 7200
printf '%(%j %a %b %e %Z %z %A %B %p %I %y %C %u %w %U %W %V %G)T\n' 1234567890
printf -v v '%(%Y)T' 0; echo "$v"
printf '%(%s)T\n' -3 " 5" "" 0x10 010
printf '%(x%%y)T %d\n' 1 2 3
printf '%s=%(%D)T;' a 0 b 100000000; echo
printf '%q %(%R)T %q\n' 'a b' 60
