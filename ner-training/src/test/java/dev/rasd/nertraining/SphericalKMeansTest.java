package dev.rasd.nertraining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SphericalKMeansTest {

    private static final int DIMENSION = 8;
    private static final int PER_GROUP = 50;

    @Test
    void putsPointsPointingTheSameWayTogetherWhateverTheirLength() {
        // three tight groups around three axes, at lengths from 0.5 to 5: direction decides, length does not (tight,
        // so that k-means++ all but surely seeds one centroid in each group)
        float[] points = groups(3, new SplittableRandom(7));
        SphericalKMeans.normalizeRows(points, DIMENSION);

        int[] clusters = new SphericalKMeans(points, DIMENSION).cluster(3, 20, 1);

        for (int group = 0; group < 3; group++) {
            for (int i = 1; i < PER_GROUP; i++) {
                assertThat(clusters[group * PER_GROUP + i]).isEqualTo(clusters[group * PER_GROUP]);
            }
        }
        assertThat(clusters[0]).isNotEqualTo(clusters[PER_GROUP]);
        assertThat(clusters[PER_GROUP]).isNotEqualTo(clusters[2 * PER_GROUP]);
        assertThat(clusters[0]).isNotEqualTo(clusters[2 * PER_GROUP]);
    }

    @Test
    void givesTheSameClustersForTheSameSeed() {
        float[] points = new float[400 * DIMENSION];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < points.length; i++) {
            points[i] = (float) random.nextGaussian();
        }
        SphericalKMeans.normalizeRows(points, DIMENSION);
        SphericalKMeans kMeans = new SphericalKMeans(points, DIMENSION);

        assertThat(kMeans.cluster(16, 30, 5)).containsExactly(kMeans.cluster(16, 30, 5));
    }

    @Test
    void refusesMoreClustersThanPoints() {
        SphericalKMeans kMeans = new SphericalKMeans(new float[2 * DIMENSION], DIMENSION);

        assertThatThrownBy(() -> kMeans.cluster(3, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] groups(int count, SplittableRandom random) {
        float[] points = new float[count * PER_GROUP * DIMENSION];
        for (int group = 0; group < count; group++) {
            for (int i = 0; i < PER_GROUP; i++) {
                int row = (group * PER_GROUP + i) * DIMENSION;
                double length = 0.5 + 4.5 * random.nextDouble();
                for (int j = 0; j < DIMENSION; j++) {
                    double noise = 0.02 * random.nextGaussian();
                    points[row + j] = (float) (length * ((j == group ? 1 : 0) + noise));
                }
            }
        }
        return points;
    }
}
