/**
 * Browser tests of the sandbox console: headless Chromium from Debian's packages driven by Selenium
 * (driver path given, nothing downloaded), against the real app wired as the sandbox command wires
 * it. Skipped where Chromium is not installed, except under CI.
 */
package dev.roundup.browser;
