/**
 * Series of ordered things (first, second, third prizes; junior to senior grades): one hue from
 * dark to light (ColorBrewer Blues, as the map), so that they stay apart and in order when printed
 * in greyscale, where a blue, an orange and a green can come out the same grey.
 */
export const ORDERED_SERIES = ['#08519c', '#4292c6', '#9ecae1'] as const;
