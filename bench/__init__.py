"""Benchmarks and soaks (``make bench``): figures as ratios against a baseline measured in the
same run, never timed tests."""
