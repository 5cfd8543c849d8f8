export EV=exported; bash -c 'echo $EV'
