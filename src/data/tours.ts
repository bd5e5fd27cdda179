/** The built-in guided tours (data/stories.json), validated against the dataset. */
export const TOUR_IDS: string[] = [];
