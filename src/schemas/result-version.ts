/** Version of `AssessmentResult`'s shape; bumped when it changes incompatibly. */
export const RESULT_SCHEMA_VERSION = 1;
