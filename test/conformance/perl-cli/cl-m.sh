# -mModule loads without importing; -mModule=list imports that list.
perl -mList::Util -e 'print List::Util::sum(1, 2), "\n"'
perl -mList::Util -e 'print defined &main::sum ? "imported" : "not imported", "\n"'
perl -mList::Util=sum -e 'print sum(1, 2, 3), "\n"'
perl -mPOSIX -e 'print defined &main::floor ? "imported" : "not imported", "\n"'
perl -MPOSIX -e 'print defined &main::floor ? "imported" : "not imported", "\n"'
