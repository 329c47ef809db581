#pragma once

// The whole public API: build a linter once, check payloads, format reports.
#include <sailcheck/diagnostic.hpp>
#include <sailcheck/error.hpp>
#include <sailcheck/export.hpp>
#include <sailcheck/fix.hpp>
#include <sailcheck/format.hpp>
#include <sailcheck/linter.hpp>
#include <sailcheck/options.hpp>
#include <sailcheck/rule_info.hpp>
#include <sailcheck/schema.hpp>
#include <sailcheck/severity.hpp>
