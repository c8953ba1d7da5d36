package dev.lakehouse.explorer.engine.samples;

/** Ordinary least squares through the normal equations: enough to measure how much of a target a model explains. */
final class LeastSquares {
    private LeastSquares() {
    }

    /** R² of the least-squares fit of {@code y} on the columns of {@code x} (include a column of ones). */
    static double rSquared(double[][] x, double[] y) {
        double[] beta = fit(x, y);
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            double predicted = 0;
            for (int j = 0; j < beta.length; j++) {
                predicted += beta[j] * x[i][j];
            }
            residual += (y[i] - predicted) * (y[i] - predicted);
            total += (y[i] - mean) * (y[i] - mean);
        }
        return 1 - residual / total;
    }

    static double pearson(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElseThrow();
        double mb = java.util.Arrays.stream(b).average().orElseThrow();
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    private static double[] fit(double[][] x, double[] y) {
        int p = x[0].length;
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < p; j++) {
                for (int k = 0; k < p; k++) {
                    a[j][k] += x[i][j] * x[i][k];
                }
                a[j][p] += x[i][j] * y[i];
            }
        }
        for (int col = 0; col < p; col++) { // Gauss-Jordan with partial pivoting
            int pivot = col;
            for (int r = col + 1; r < p; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < p; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int k = col; k <= p; k++) {
                        a[r][k] -= f * a[col][k];
                    }
                }
            }
        }
        double[] beta = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = a[j][p] / a[j][j];
        }
        return beta;
    }
}
