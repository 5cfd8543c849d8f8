trap '' TERM; kill -TERM $$; echo survived
