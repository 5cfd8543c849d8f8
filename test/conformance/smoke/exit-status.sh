# Exit statuses: of a command, of a pipeline, of a subshell, of the script.
false
echo "false: $?"
true | false
echo "pipeline: $?"
(exit 3)
echo "subshell: $?"
nosuchcommand
echo "missing command: $?"
exit 7
