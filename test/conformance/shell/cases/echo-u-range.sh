echo -e '\U00110000|\ud800|\udfff|\U7fffffff|\UFFFFFFFF|\U80000000|' | od -An -tx1
echo -e 'a\u0000b\U00000000c' | od -An -tx1
echo -e '\u004\u07ff\u0800\uffff' | od -An -tx1
echo -e '\U1F600x\U0001f600' | od -An -tx1
