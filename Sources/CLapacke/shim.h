#ifndef DFCOST_CLAPACKE_SHIM_H
#define DFCOST_CLAPACKE_SHIM_H
// The one place dfcost meets C: LAPACKE and CBLAS from Debian's liblapacke-dev
// (reference LAPACK/BLAS 3.11; the CBLAS symbols live in libblas.so.3).
#include <lapacke.h>
#include <cblas.h>
#endif
