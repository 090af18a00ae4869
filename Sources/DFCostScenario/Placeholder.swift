// DFCostScenario placeholder; replaced as the target grows.
