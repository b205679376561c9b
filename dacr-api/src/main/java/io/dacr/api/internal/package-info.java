/**
 * Helpers of the API's value types. Not API: anything here may change in any release.
 */
package io.dacr.api.internal;
