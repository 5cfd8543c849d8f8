# -V:NAME prints one configuration value; -V's first line names the version.
perl -V | head -1
perl -V:osname
perl -V:archname
perl -V:version
perl -V:osname -V:version
perl -V:nosuchkey
perl -V:path_sep
