"""Tools for the editors (IVH coordinators): field reference, JSON Schemas, GitHub annotations,
last-change dates and change log from git, and the review list."""
