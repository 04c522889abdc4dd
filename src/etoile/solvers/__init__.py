"""The optimisation models (OR-Tools CP-SAT), one package per problem."""
