"""The same claim elsewhere: matching, stances, the cross-reference index, suggestions."""
