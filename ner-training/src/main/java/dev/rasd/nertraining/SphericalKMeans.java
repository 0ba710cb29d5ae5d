package dev.rasd.nertraining;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * K-means on the unit sphere (cosine similarity) with k-means++ seeding, for grouping word vectors into
 * {@link WordClusters}. Word vectors differ in length mostly by word frequency, not meaning, so both the points and
 * the centroids are kept at unit length and a point belongs to the centroid with the largest dot product.
 *
 * <p>The result depends only on the input and the seed: the random choices are made on one thread, and the
 * parallel steps compute each point on its own and sum centroids in point order.
 */
final class SphericalKMeans {

    private final float[] points;
    private final int dimension;
    private final int size;

    /**
     * @param points    {@code size × dimension} coordinates, row after row, each row of unit length
     * @param dimension the length of a row
     */
    SphericalKMeans(float[] points, int dimension) {
        if (dimension <= 0 || points.length % dimension != 0) {
            throw new IllegalArgumentException("points do not split into rows of " + dimension);
        }
        this.points = points;
        this.dimension = dimension;
        this.size = points.length / dimension;
    }

    /**
     * Scales each {@code dimension}-long row of {@code vectors} to unit length in place; an all-zero row stays zero.
     */
    static void normalizeRows(float[] vectors, int dimension) {
        for (int start = 0; start < vectors.length; start += dimension) {
            double norm = Math.sqrt(dot(vectors, start, vectors, start, dimension));
            if (norm > 0) {
                for (int j = start; j < start + dimension; j++) {
                    vectors[j] /= (float) norm;
                }
            }
        }
    }

    /**
     * Groups the points into {@code k} clusters.
     *
     * @param k             the number of clusters, at most the number of points
     * @param maxIterations assignment/update rounds at most; fewer when under 0.1% of the points change cluster
     * @param seed          seed of the k-means++ choices
     * @return the cluster (0 … k−1) of each point
     */
    int[] cluster(int k, int maxIterations, long seed) {
        if (k <= 0 || k > size) {
            throw new IllegalArgumentException("k must be within 1…" + size + ": " + k);
        }
        float[] centroids = seeds(k, new SplittableRandom(seed));
        int[] assignment = new int[size];
        Arrays.fill(assignment, -1);
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int[] next = assign(centroids, k);
            int changed = 0;
            for (int i = 0; i < size; i++) {
                changed += next[i] != assignment[i] ? 1 : 0;
            }
            assignment = next;
            if (changed * 1000L < size) {
                break;
            }
            centroids = means(assignment, centroids, k);
        }
        return assignment;
    }

    /**
     * k-means++ seeding: each new centroid is a point drawn with probability proportional to its squared distance
     * to the nearest centroid so far, which spreads the seeds over the data and avoids most bad local optima.
     */
    private float[] seeds(int k, SplittableRandom random) {
        float[] centroids = new float[k * dimension];
        double[] distance = new double[size];
        Arrays.fill(distance, Double.MAX_VALUE);
        int chosen = random.nextInt(size);
        for (int c = 0; c < k; c++) {
            System.arraycopy(points, chosen * dimension, centroids, c * dimension, dimension);
            int centroid = c * dimension;
            // for unit vectors the squared Euclidean distance is 2 − 2·cos
            IntStream.range(0, size).parallel().forEach(i -> distance[i] = Math.min(distance[i],
                    Math.max(0, 2 - 2 * dot(points, i * dimension, centroids, centroid, dimension))));
            double total = 0;
            for (double d : distance) {
                total += d;
            }
            double target = random.nextDouble() * total;
            chosen = size - 1;
            for (int i = 0; i < size; i++) {
                target -= distance[i];
                if (target < 0) {
                    chosen = i;
                    break;
                }
            }
        }
        return centroids;
    }

    private int[] assign(float[] centroids, int k) {
        int[] assignment = new int[size];
        IntStream.range(0, size).parallel().forEach(i -> {
            int best = 0;
            double bestSimilarity = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double similarity = dot(points, i * dimension, centroids, c * dimension, dimension);
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = c;
                }
            }
            assignment[i] = best;
        });
        return assignment;
    }

    /** The normalised mean of each cluster; a cluster left empty keeps its previous centroid. */
    private float[] means(int[] assignment, float[] previous, int k) {
        double[] sums = new double[k * dimension];
        for (int i = 0; i < size; i++) {
            int row = i * dimension;
            int sum = assignment[i] * dimension;
            for (int j = 0; j < dimension; j++) {
                sums[sum + j] += points[row + j];
            }
        }
        float[] centroids = new float[k * dimension];
        for (int c = 0; c < k; c++) {
            int start = c * dimension;
            double norm = 0;
            for (int j = start; j < start + dimension; j++) {
                norm += sums[j] * sums[j];
            }
            if (norm == 0) {
                System.arraycopy(previous, start, centroids, start, dimension);
            } else {
                double length = Math.sqrt(norm);
                for (int j = start; j < start + dimension; j++) {
                    centroids[j] = (float) (sums[j] / length);
                }
            }
        }
        return centroids;
    }

    /** Dot product of two rows; four running sums let the JIT overlap the multiply-adds. */
    private static double dot(float[] a, int aStart, float[] b, int bStart, int length) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int j = 0;
        for (; j + 3 < length; j += 4) {
            s0 += a[aStart + j] * b[bStart + j];
            s1 += a[aStart + j + 1] * b[bStart + j + 1];
            s2 += a[aStart + j + 2] * b[bStart + j + 2];
            s3 += a[aStart + j + 3] * b[bStart + j + 3];
        }
        for (; j < length; j++) {
            s0 += a[aStart + j] * b[bStart + j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
